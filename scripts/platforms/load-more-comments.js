// Runs in the benchmark's page, as plain JavaScript (not transformed by tsx): loads `total`
// more comments into the thread the way "View more comments" and scrolling do, by cloning the
// rows the extension has badged, a chunk per animation frame, and times their badges.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called by name in the page
async function loadMoreComments({ total, chunk }) {
  const longTasks = [];
  new PerformanceObserver((list) =>
    list.getEntries().forEach((entry) => longTasks.push(entry.duration)),
  ).observe({
    type: 'longtask',
  });
  const marked = [...document.querySelectorAll('[data-civic-moderator-comment]')];
  // The thread is the lowest element holding every badged comment; its children are the rows.
  let thread = marked[0].parentElement;
  while (!marked.every((el) => thread.contains(el))) thread = thread.parentElement;
  const rows = [...new Set(marked.map((el) => [...thread.children].find((row) => row.contains(el))))];
  const template = rows.map((row) => {
    const copy = row.cloneNode(true);
    copy.querySelectorAll('[data-civic-moderator]').forEach((badge) => badge.remove());
    for (const el of [copy, ...copy.querySelectorAll('[data-civic-moderator-comment]')]) {
      el.removeAttribute('data-civic-moderator-comment');
      el.removeAttribute('data-civic-moderator-hidden');
    }
    return copy;
  });
  const perRow = marked.length / rows.length;
  // New rows go where "Show more replies" puts them: after the last comment, before anything
  // that follows the conversation (X's "Discover more").
  let lastRow = rows[rows.length - 1];
  const countGraded = () =>
    document.querySelectorAll('[data-civic-moderator="badge"][data-state="graded"]').length;

  const start = performance.now();
  const chunkLatencies = [];
  let inserted = 0;
  while (inserted < total) {
    const rowsNow = Math.max(1, Math.round(chunk / perRow));
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < rowsNow; i++)
      fragment.append(template[(inserted + i) % template.length].cloneNode(true));
    const added = Math.round(rowsNow * perRow);
    const expected = countGraded() + added;
    const newLast = fragment.lastElementChild;
    const t0 = performance.now();
    lastRow.after(fragment);
    lastRow = newLast;
    inserted += added;
    await new Promise((resolve) => {
      const check = () => (countGraded() >= expected ? resolve() : requestAnimationFrame(check));
      requestAnimationFrame(check);
    });
    chunkLatencies.push(performance.now() - t0);
  }
  // The content script's own work, as it measured it (User Timing is shared with the page).
  const ours = performance
    .getEntriesByType('measure')
    .filter((entry) => entry.name.startsWith('civic-moderator:') && entry.startTime >= start)
    .map((entry) => entry.duration);
  return {
    badged: countGraded(),
    chunkLatencies,
    longTasks,
    ours,
    allBadgedAfter: performance.now() - start,
  };
}
