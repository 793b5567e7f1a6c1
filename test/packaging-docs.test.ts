import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

// API documentation coverage: every export of every public entry point (the `exports` map of each
// package that is not private) has a doc comment, and every exported function and class shows
// an `@example` that type-checks against the real signatures. TypeDoc (`pnpm run docs`) renders
// the same comments as the API site.

const root = fileURLToPath(new URL('..', import.meta.url));

interface Entry {
  readonly specifier: string;
  readonly file: string;
}

const entries: Entry[] = readdirSync(join(root, 'packages')).flatMap((dir) => {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')) as {
    name: string;
    private?: boolean;
    exports: Record<string, Record<string, string>>;
  };
  if (manifest.private === true) return [];
  return Object.entries(manifest.exports).map(([sub, conditions]) => ({
    specifier: sub === '.' ? manifest.name : `${manifest.name}/${sub.slice(2)}`,
    file: join(root, 'packages', dir, conditions['pressfacts-source'] ?? ''),
  }));
});

interface ExportInfo {
  readonly name: string;
  readonly kind: 'function' | 'class' | 'value' | 'type';
  readonly documented: boolean;
  readonly hasExample: boolean;
  readonly where: string;
  /** The entry point it was read from, and the code of its `@example` tags. */
  readonly specifier: string;
  readonly examples: readonly string[];
}

/** Exports (by `specifier:name`) of every entry point, read with the TypeScript compiler API. */
let compilerOptions: ts.CompilerOptions;

function readExports(): Map<string, ExportInfo> {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (config === undefined) throw new Error('cannot read tsconfig.json');
  compilerOptions = config.options;
  const program = ts.createProgram({
    rootNames: entries.map((e) => e.file),
    options: { ...config.options, noEmit: true },
  });
  const checker = program.getTypeChecker();
  const out = new Map<string, ExportInfo>();
  for (const entry of entries) {
    const source = program.getSourceFile(entry.file);
    const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (moduleSymbol === undefined) throw new Error(`no module symbol for ${entry.file}`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.declarations?.[0];
      if (declaration === undefined) continue;
      const kind: ExportInfo['kind'] =
        symbol.flags & ts.SymbolFlags.Function
          ? 'function'
          : symbol.flags & ts.SymbolFlags.Class
            ? 'class'
            : symbol.flags & ts.SymbolFlags.Value
              ? 'value'
              : 'type';
      const docs = symbol.getDocumentationComment(checker);
      const tags = symbol.getJsDocTags(checker);
      const file = declaration.getSourceFile();
      const line = file.getLineAndCharacterOfPosition(declaration.getStart()).line + 1;
      out.set(`${entry.specifier}:${exported.name}`, {
        name: exported.name,
        kind,
        documented: ts.displayPartsToString(docs).trim().length > 0,
        hasExample: tags.some((t) => t.name === 'example'),
        where: `${relative(root, file.fileName)}:${line}`,
        specifier: entry.specifier,
        examples: tags.filter((t) => t.name === 'example').map((t) => ts.displayPartsToString(t.text)),
      });
    }
  }
  return out;
}

/**
 * What an example may use without defining it: every export of every entry point (its own entry
 * point's first), `node:fs`, vitest's `expect`, and these placeholders for the caller's data.
 */
const PLACEHOLDERS = `declare const text: string;
declare const input: string;
declare const json: string;
declare const value: unknown;
declare const doc: Doc;
declare const view: TextView;
declare const facts: SummitFacts;
declare const expected: SummitFacts;
declare const actual: SummitFacts;
declare const io: CommandIO;
declare const ref: FixtureRef;
declare const sources: readonly SourceRelease[];
declare const docs: readonly BatchInput[];
declare const fixtures: readonly { readonly text: string; readonly expected: SummitFacts }[];
declare const myStage: AnyStage;
`;
const LIBRARY_IMPORTS: readonly (readonly [string, string])[] = [
  ['readFileSync', 'node:fs'],
  ['writeFileSync', 'node:fs'],
  ['expect', 'vitest'],
];
const PLACEHOLDER_NAMES = new Set([
  ...LIBRARY_IMPORTS.map(([name]) => name),
  ...[...PLACEHOLDERS.matchAll(/declare const (\w+)/g)].map((m) => m[1]),
]);

/**
 * Type-checks every function and class example as the body of an async function in a module of
 * its own (its `import` lines hoisted), against the packages' source. Returns `where: message`
 * for each error.
 */
function checkExamples(exports: Map<string, ExportInfo>): string[] {
  // name -> the entry point it is imported from (the first that exports it, the main packages first)
  const owner = new Map<string, string>();
  const namesOf = new Map<string, string[]>();
  for (const [key, e] of exports)
    namesOf.set(e.specifier, [...(namesOf.get(e.specifier) ?? []), key.slice(e.specifier.length + 1)]);
  const order = [
    'pressfacts',
    ...entries.map((e) => e.specifier).filter((s) => s !== 'pressfacts' && s !== '@pressfacts/cli'),
    '@pressfacts/cli',
  ];
  for (const specifier of order)
    for (const name of namesOf.get(specifier) ?? [])
      if (!owner.has(name) && !PLACEHOLDER_NAMES.has(name)) owner.set(name, specifier);
  const files = new Map<string, { source: string; where: string }>();
  const seen = new Set<string>();
  for (const e of exports.values()) {
    if (e.kind !== 'function' && e.kind !== 'class') continue;
    for (const example of e.examples) {
      if (seen.has(`${e.where}\n${example}`)) continue;
      seen.add(`${e.where}\n${example}`);
      const own = new Set(namesOf.get(e.specifier));
      const imports = new Map<string, string[]>([[e.specifier, [...own].filter((n) => !PLACEHOLDER_NAMES.has(n))]]);
      for (const [name, specifier] of owner)
        if (!own.has(name)) imports.set(specifier, [...(imports.get(specifier) ?? []), name]);
      const lines = example.split('\n');
      const hoisted = lines.filter((l) => l.startsWith('import '));
      const names = new Set(
        hoisted.flatMap(
          (l) =>
            /\{([^}]*)\}/
              .exec(l)?.[1]
              ?.split(',')
              .map((n) => n.trim()) ?? [],
        ),
      );
      const header = [...imports, ...LIBRARY_IMPORTS.map(([name, specifier]) => [specifier, [name]] as const)]
        .map(([specifier, list]) => `import { ${list.filter((n) => !names.has(n)).join(', ')} } from '${specifier}';`)
        .join('\n');
      const body = lines.filter((l) => !l.startsWith('import ')).join('\n');
      const path = join(root, 'test', `__example_${files.size}.ts`);
      files.set(path, {
        source: `${hoisted.join('\n')}\n${header}\n${PLACEHOLDERS}\nexport async function example(): Promise<void> {\n${body}\n}\n`,
        where: `${e.where} (${e.name})`,
      });
    }
  }
  const options: ts.CompilerOptions = {
    ...compilerOptions,
    noEmit: true,
    // Examples import every export by name, types included, and need not use them all.
    verbatimModuleSyntax: false,
    noUnusedLocals: false,
    noUnusedParameters: false,
    paths: Object.fromEntries(entries.map((e) => [e.specifier, [e.file]])),
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.getSourceFile = (name, language, ...rest) => {
    const file = files.get(name);
    return file === undefined
      ? getSourceFile(name, language, ...rest)
      : ts.createSourceFile(name, file.source, language);
  };
  host.fileExists = (name) => files.has(name) || fileExists(name);
  const program = ts.createProgram({ rootNames: [...files.keys()], options, host });
  const errors: string[] = [];
  for (const [path, file] of files) {
    const source = program.getSourceFile(path);
    for (const d of [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]) {
      errors.push(`${file.where}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    }
  }
  return errors;
}

let exportsByName: Map<string, ExportInfo>;

beforeAll(() => {
  exportsByName = readExports();
}, 120_000);

describe('API documentation', () => {
  it('reads the exports of every public entry point', () => {
    expect(entries.length).toBeGreaterThanOrEqual(12);
    expect(exportsByName.size).toBeGreaterThan(150);
    expect(exportsByName.get('pressfacts:extract')?.kind).toBe('function');
  });

  it('every export has a doc comment', () => {
    const undocumented = [...exportsByName].filter(([, e]) => !e.documented).map(([key, e]) => `${key} (${e.where})`);
    expect(undocumented).toEqual([]);
  });

  it('every exported function and class has an @example', () => {
    const missing = [...exportsByName]
      .filter(([, e]) => (e.kind === 'function' || e.kind === 'class') && !e.hasExample)
      .map(([key, e]) => `${key} (${e.where})`);
    expect(missing).toEqual([]);
  });

  it('every function and class example type-checks against the real signatures', () => {
    expect(checkExamples(exportsByName)).toEqual([]);
  }, 120_000);
});
