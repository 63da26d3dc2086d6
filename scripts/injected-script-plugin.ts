import { build, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';

/**
 * Scripts the background injects with `scripting.executeScript({ files })` (issue 6: the fill
 * on demand), built as standalone IIFE files at a fixed path (`scripts` maps source to output),
 * the way crxjs builds manifest content scripts, with the same defines and minification as the
 * rest of the build. crxjs's own route for such scripts (`import path from './x.ts?script'`)
 * would list the file in `web_accessible_resources` for every http(s) page, letting any page
 * load it and so probe for the extension (DESIGN 4.4); executeScript needs no such listing.
 */
export function injectedScripts(scripts: Readonly<Record<string, string>>): Plugin {
  let parent: ResolvedConfig;
  return {
    name: 'injected-scripts',
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
          build: {
            write: false,
            target: parent.build.target,
            minify: parent.build.minify,
            sourcemap: false,
            lib: { entry, formats: ['iife'], name: 'injected', fileName: () => fileName },
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
