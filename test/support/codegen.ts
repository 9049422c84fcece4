import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fromProjectRoot } from '../../shared/paths';

/**
 * What graphql-codegen generates from a config file today, without writing anything:
 * file name (relative to the project root) → content. The CLI's own `generate` runs
 * in a child process, because it loads ES modules that jest cannot.
 */
export async function generatedBy(configFile: string): Promise<Map<string, string>> {
  const script = `
    const { generate, loadCodegenConfig } = require('@graphql-codegen/cli');
    loadCodegenConfig({ configFilePath: ${JSON.stringify(configFile)} })
      .then(({ config }) => generate({ ...config, cwd: process.cwd(), silent: true }, false))
      .then((files) => process.stdout.write(JSON.stringify(files.map(({ filename, content }) => ({ filename, content })))));
  `;
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], {
    cwd: fromProjectRoot(),
    maxBuffer: 16 * 1024 * 1024,
  });
  return new Map(
    (JSON.parse(stdout) as { filename: string; content: string }[]).map((file) => [file.filename, file.content]),
  );
}
