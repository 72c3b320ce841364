// Tells the page around a Dossier card how tall the card is, so that its iframe can fit it:
// {type: "setHeight", height} posted to the parent window when the card loads and whenever
// its height changes (the message embeds such as Mastodon's and Bluesky's post). A card
// read on its own has no parent to tell, and needs no script to be read.
const root = document.documentElement;
let posted = 0;

function postHeight() {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === posted || window.parent === window) return;
  posted = height;
  window.parent.postMessage({ type: "setHeight", height }, "*");
}

new ResizeObserver(postHeight).observe(root);
postHeight();
