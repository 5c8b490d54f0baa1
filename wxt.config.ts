import { defineConfig } from 'wxt';

// The three platforms' desktop hosts, and nothing else: the extension never runs on other sites.
export const PLATFORM_HOSTS = ['www.facebook.com', 'x.com', 'twitter.com', 'www.instagram.com'] as const;

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Civic Moderator',
    description:
      "Grades public comments on your department's Facebook, X and Instagram pages, suggests replies, and hides and logs Terms-of-Use violations in a retention log you can export. Nothing leaves your browser.",
    // contextMenus: "Hide & log comment"; storage: settings; unlimitedStorage: the browser never
    // evicts the retention log, which public-records law requires us to keep.
    permissions: ['contextMenus', 'storage', 'unlimitedStorage'],
    host_permissions: PLATFORM_HOSTS.map((host) => `https://${host}/*`),
    action: { default_title: 'Civic Moderator' },
    // Firefox needs a stable add-on id for storage to survive reinstalls; Chrome rejects the key.
    ...(browser === 'firefox' && {
      browser_specific_settings: { gecko: { id: 'civic-moderator@extension', strict_min_version: '128.0' } },
    }),
  }),
});
