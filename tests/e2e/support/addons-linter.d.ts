/** The part of addons-linter's programmatic API we use (the package ships no types). */
declare module 'addons-linter' {
  interface LinterMessage {
    code: string;
    message: string;
    description: unknown;
    file?: string;
    line?: number;
    column?: number;
  }
  interface LinterResult {
    count: number;
    summary: { errors: number; warnings: number; notices: number };
    errors: LinterMessage[];
    warnings: LinterMessage[];
    notices: LinterMessage[];
  }
  interface LinterConfig {
    _: string[];
    logLevel: string;
    stack: boolean;
    pretty: boolean;
    warningsAsErrors: boolean;
    metadata: boolean;
    output: 'none' | 'json' | 'text';
    boring: boolean;
    selfHosted: boolean;
  }
  const linter: {
    createInstance(options: { config: LinterConfig; runAsBinary: boolean }): {
      run(): Promise<LinterResult>;
    };
  };
  export default linter;
}
