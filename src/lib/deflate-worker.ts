/**
 * fflate's deflate on a worker thread, so that the build compresses its downloads
 * (./downloads) on a second core while the pages render on the first. Same library, same
 * level: the same bytes as `deflateSync` on the main thread. The thread starts on the first
 * call and keeps the process alive only while it has work.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Deflate } from './zip';

// CommonJS, evaluated by the worker: fflate is resolved from the project, as the build's own import.
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { deflateSync } = require(workerData.fflate);
parentPort.on('message', ({ id, bytes, level }) => {
  try {
    const out = deflateSync(bytes, { level });
    parentPort.postMessage({ id, out }, [out.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});
`;

interface Reply {
  id: number;
  out?: Uint8Array;
  error?: string;
}

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve: (out: Uint8Array) => void; reject: (e: Error) => void }>();

function settle(
  id: number,
  settleWith: (p: { resolve: (out: Uint8Array) => void; reject: (e: Error) => void }) => void,
) {
  const pending = waiting.get(id);
  waiting.delete(id);
  if (waiting.size === 0) worker?.unref();
  if (pending) settleWith(pending);
}

function start(): Worker {
  const fflate = createRequire(path.join(process.cwd(), 'package.json')).resolve('fflate');
  // A small heap: the worker holds one file at a time (the bytes themselves are outside it).
  const w = new Worker(SOURCE, {
    eval: true,
    workerData: { fflate },
    resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 },
  });
  w.on('message', ({ id, out, error }: Reply) =>
    settle(id, (p) => (out ? p.resolve(out) : p.reject(new Error(`deflate: ${error ?? 'no output'}`)))),
  );
  w.on('error', (e) => {
    for (const id of [...waiting.keys()]) settle(id, (p) => p.reject(e));
    worker = undefined;
  });
  return w;
}

export const deflateOnWorker: Deflate = (bytes, level) => {
  worker ??= start();
  const w = worker;
  const id = nextId++;
  return new Promise<Uint8Array>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    w.ref();
    w.postMessage({ id, bytes, level });
  });
};
