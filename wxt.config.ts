import { defineConfig } from 'wxt';
import { PLATFORM_PAGE_PATTERNS } from './lib/platforms/platform-hosts';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Civic Moderator',
    description:
      "Grades public comments on your department's Facebook, X and Instagram pages, suggests replies, and hides and logs Terms-of-Use violations in a retention log you can export. Nothing leaves your browser.",
    // contextMenus: "Hide & log comment"; storage: settings; unlimitedStorage: the browser never
    // evicts the retention log, which public-records law requires us to keep.
    permissions: ['contextMenus', 'storage', 'unlimitedStorage'],
    host_permissions: PLATFORM_PAGE_PATTERNS,
    action: { default_title: 'Civic Moderator' },
    // Firefox needs a stable add-on id for storage to survive reinstalls; Chrome rejects the key.
    ...(browser === 'firefox' && {
      browser_specific_settings: { gecko: { id: 'civic-moderator@extension', strict_min_version: '128.0' } },
    }),
  }),
});
