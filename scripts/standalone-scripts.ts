import { build, type Plugin, type PluginOption, type ResolvedConfig, type Rolldown } from 'vite';

/**
 * Scripts built as standalone IIFE files at a fixed path (`scripts` maps source to output),
 * the way crxjs builds manifest content scripts, with the same defines and minification as the
 * rest of the build: one file, no module graph to fetch and link.
 *
 * Used for the scripts the background injects with `scripting.executeScript({ files })`
 * (the fill on demand): crxjs's own route for such scripts (`import path from './x.ts?script'`)
 * would list the file in `web_accessible_resources` for every http(s) page, letting any page
 * load it and so probe for the extension (DESIGN 4.4); executeScript needs no such listing.
 * And for the popup, whose first code shows sooner from one classic script than from a module
 * and the chunks it shares with other pages (`npm run bench -- popup`); its HTML names the
 * output with `vite-ignore`. `plugins`: what the source needs beyond TypeScript (Preact's JSX).
 */
export function standaloneScripts(
  scripts: Readonly<Record<string, string>>,
  plugins: () => PluginOption[] = () => [],
): Plugin {
  let parent: ResolvedConfig;
  return {
    name: 'standalone-scripts',
    apply: 'build',
    configResolved(config) {
      parent = config;
    },
    async generateBundle() {
      for (const [entry, fileName] of Object.entries(scripts)) {
        const result = await build({
          configFile: false,
          logLevel: 'warn',
          root: parent.root,
          define: parent.define ?? {},
          plugins: plugins(),
          build: {
            write: false,
            target: parent.build.target,
            minify: parent.build.minify,
            sourcemap: false,
            lib: { entry, formats: ['iife'], name: 'standalone', fileName: () => fileName },
          },
        });
        const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
        const chunk = outputs
          .flatMap((output) => output.output)
          .find((file) => file.type === 'chunk' && file.isEntry);
        if (chunk?.type !== 'chunk') throw new Error(`No script was built from ${entry}`);
        this.emitFile({ type: 'asset', fileName, source: chunk.code });
      }
    },
  };
}
