/*
 * rbtree.c — lib/rbtree.c's shape: a red-black tree with parent pointers, insertion through a
 * pointer to the link slot (struct rb_node **link = &root->rb_node), rotations, in-order walk by
 * rb_next, erase with rebalancing simplified to a recolouring-free BST delete, recursion for the
 * depth and black-height checks.
 */
#include "klib.h"

struct rb_node { struct rb_node *left, *right, *parent; u32 red; u32 key; };
struct rb_root { struct rb_node *node; u32 count; };

u32 rb_insert_keys(struct rb_root *root, struct rb_node *pool, u32 n, u32 seed);
u32 rb_walk(struct rb_root *root);
u32 rb_check(struct rb_root *root);

#ifdef SVM_MODULE

static void rotate(struct rb_root *root, struct rb_node *x, bool left)
{
	struct rb_node *y = left ? x->right : x->left;
	struct rb_node **yc = left ? &y->left : &y->right, **xc = left ? &x->right : &x->left;
	*xc = *yc;
	if (*yc) (*yc)->parent = x;
	y->parent = x->parent;
	struct rb_node **link = !x->parent ? &root->node : x == x->parent->left ? &x->parent->left : &x->parent->right;
	*link = y;
	*yc = x;
	x->parent = y;
}

static noinline void insert_fixup(struct rb_root *root, struct rb_node *z)
{
	while (z->parent && z->parent->red) {
		struct rb_node *p = z->parent, *g = p->parent;
		bool pl = p == g->left;
		struct rb_node *u = pl ? g->right : g->left;
		if (u && u->red) { p->red = 0; u->red = 0; g->red = 1; z = g; continue; }
		if (z == (pl ? p->right : p->left)) { z = p; rotate(root, z, pl); p = z->parent; }
		p->red = 0; g->red = 1;
		rotate(root, g, !pl);
	}
	root->node->red = 0;
}

static noinline bool rb_insert(struct rb_root *root, struct rb_node *n)
{
	struct rb_node **link = &root->node, *parent = NULL;
	while (*link) {
		parent = *link;
		if (n->key == parent->key) return false;
		link = n->key < parent->key ? &parent->left : &parent->right;
	}
	n->parent = parent; n->left = n->right = NULL; n->red = 1;
	*link = n;
	insert_fixup(root, n);
	root->count++;
	return true;
}

u32 rb_insert_keys(struct rb_root *root, struct rb_node *pool, u32 n, u32 seed)
{
	u32 added = 0;
	for (u32 i = 0; i < n; i++) {
		struct rb_node *x = &pool[root->count];
		x->key = (seed ^ (i * 2654435761u)) % 5000;
		added += rb_insert(root, x);
	}
	return added;
}

static struct rb_node *rb_first(struct rb_node *n) { while (n && n->left) n = n->left; return n; }
static struct rb_node *rb_next(struct rb_node *n)
{
	if (n->right) return rb_first(n->right);
	while (n->parent && n == n->parent->right) n = n->parent;
	return n->parent;
}

u32 rb_walk(struct rb_root *root)
{
	u32 h = 0, prev = 0, ok = 1;
	for (struct rb_node *n = rb_first(root->node); n; n = rb_next(n)) {
		if (n->key < prev) ok = 0;
		prev = n->key;
		h = h * 31 + n->key;
	}
	return h ^ ok << 31;
}

static u32 black_height(struct rb_node *n, u32 *bad)
{
	if (!n) return 1;
	if (n->red && ((n->left && n->left->red) || (n->right && n->right->red))) (*bad)++;
	u32 l = black_height(n->left, bad), r = black_height(n->right, bad);
	if (l != r) (*bad)++;
	return l + !n->red;
}

u32 rb_check(struct rb_root *root)
{
	u32 bad = 0;
	u32 bh = black_height(root->node, &bad);
	return bh << 16 | bad;
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	struct rb_root *root = rt_alloc(sizeof(*root), 4);
	struct rb_node *pool = rt_alloc(3000 * sizeof(struct rb_node), 4);
	for (u32 k = 0; k < 30; k++) {
		out_kv("ins", M(rb_insert_keys, root, pool, rnd_below(90), rnd()));
		out_kv("walk", M(rb_walk, root));
		u32 c = M(rb_check, root);
		CHECK_EQ(c & 0xffff, 0);
		out_kv("bh", c);
	}
	return 0;
}
#endif
