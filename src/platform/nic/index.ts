// Owns the public surface of the NIC model and the wire.
export * from './e1000.js';
export * from './wire.js';
export { crc32, ethernetFcs } from './crc32.js';
