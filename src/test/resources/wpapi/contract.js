// Drives a running Reelpress through the published WordPress REST client "wpapi" and prints what it
// got back as one JSON object on standard output, for WpapiContractTest to check.
// Usage: node contract.js <blog address> <id of a published post>
'use strict';

const WPAPI = require('wpapi');

async function main() {
  const [base, postArg] = process.argv.slice(2);
  const postId = Number(postArg);
  const wp = new WPAPI({ endpoint: base + '/wp-json' });

  const listed = await wp.posts().perPage(2).get();
  const post = await wp.posts().id(postId).get();
  const created = await wp.comments().create({
    post: postId,
    author_name: 'Client Reader',
    author_email: 'client.reader@example.net',
    content: 'Written through wpapi',
  });
  const comments = await wp.comments().forPost(postId).get();
  let missing;
  try {
    await wp.posts().id(999999999).get();
  } catch (error) {
    missing = { code: error.code, status: error.data && error.data.status };
  }

  process.stdout.write(JSON.stringify({
    listed: {
      count: listed.length,
      total: listed._paging && listed._paging.total,
      totalPages: listed._paging && listed._paging.totalPages,
      hasNext: Boolean(listed._paging && listed._paging.next),
    },
    post: { id: post.id, title: post.title.rendered, link: post.link },
    created: { id: created.id, status: created.status, post: created.post },
    comments: comments.map((comment) => ({ id: comment.id, author_name: comment.author_name })),
    missing,
  }) + '\n');
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack || error) + '\n');
  process.exit(1);
});
