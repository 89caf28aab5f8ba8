import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

// Loading @prisma/schema-engine-wasm in Node, and recovering from its panics.

type Glue = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');

interface PanicRegistry {
  message: string | undefined;
  set_message(message: string): void;
}

const STATE = Symbol.for('ledertrivsel.schema-engine-wasm');
type State = { engine: typeof SchemaEngine | undefined; generation: number; panics: PanicRegistry };
const globals = globalThis as typeof globalThis & { [STATE]?: State; PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };

/**
 * Instantiates the module by hand: the package entry imports the .wasm file as an ES module,
 * which Node cannot do without --experimental-wasm-modules. Each instance gets its own copy of
 * the JS glue (hence the query string): the glue caches views of its instance's memory, so a
 * new instance after a panic cannot share the dead one's glue. The state lives on globalThis,
 * where the engine also expects its panic registry.
 */
export async function loadSchemaEngine(): Promise<typeof SchemaEngine> {
  const state = (globals[STATE] ??= {
    engine: undefined,
    generation: 0,
    panics: {
      message: undefined,
      set_message(message: string) {
        this.message = message;
      },
    },
  });
  // The engine reports the reason for a Rust panic here, and crashes without it.
  globals.PRISMA_WASM_PANIC_REGISTRY = state.panics;
  if (state.engine === undefined) {
    const dir = path.dirname(createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm'));
    state.generation += 1;
    const glue = (await import(/* @vite-ignore */ `${pathToFileURL(path.join(dir, 'schema_engine_bg.js')).href}?instance=${state.generation}`)) as Glue;
    const wasmModule = new WebAssembly.Module(readFileSync(path.join(dir, 'schema_engine_bg.wasm')));
    const instance = new WebAssembly.Instance(wasmModule, { './schema_engine_bg.js': glue as unknown as WebAssembly.ModuleImports });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    state.engine = glue.SchemaEngine;
  }
  return state.engine;
}

/**
 * The reason for a panic when `error` is one (a WebAssembly trap), else undefined. Nothing in
 * a panicked instance is safe to call again, so the next load starts a new one.
 */
export function takePanic(error: unknown): string | undefined {
  if (!(error instanceof WebAssembly.RuntimeError)) return undefined;
  const state = globals[STATE];
  const reason = state?.panics.message ?? error.message;
  if (state) {
    state.engine = undefined;
    state.panics.message = undefined;
  }
  return reason;
}
