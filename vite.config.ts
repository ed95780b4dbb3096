import { defineConfig, type UserConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import sourceManifest from './manifest.json' with { type: 'json' };

// Firefox runs MV3 background code as event pages, not service workers, and needs an add-on id.
function firefoxManifest(): ManifestV3Export {
  const { background, ...rest } = structuredClone(sourceManifest);
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: { gecko: {
      id: 'post-to-appeal@post-to-appeal.local',
      strict_min_version: '142.0',
      // Firefox's built-in data consent: this extension collects and transmits nothing.
      data_collection_permissions: { required: ['none'] },
    } },
  } as unknown as ManifestV3Export;
}

export default defineConfig(({ mode }): UserConfig => {
  const firefox = mode === 'firefox';
  return {
    plugins: [
      preact(),
      crx({
        manifest: firefox ? firefoxManifest() : (sourceManifest as ManifestV3Export),
        browser: firefox ? 'firefox' : 'chrome',
      }),
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      // Extension pages load from disk: no need for legacy targets or sourcemaps pointing at a server.
      target: 'chrome120',
      rollupOptions: {
        input: { appeals: 'src/pages/appeals/index.html' },
      },
    },
    // Never let the dev server be reachable from the network.
    server: { host: '127.0.0.1', port: 5199, strictPort: true },
  };
});
