// Parses markdown in worker threads, for the first index of a folder (the
// CLI's cold run, the server's start): micromark is nearly all of that time,
// and each core can take a share of the files.
// Not piscina or tinypool: both start a worker script of their own from their
// package folder (piscina's dist/worker.js, tinypool's dist/entry/worker.js),
// which the single-file esbuild bundles in dist/ and the .vsix do not have.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ParsedPieces } from '../core';
import type { ParseReply, ParseRequest } from './parseWorker';

/** Texts per message: small enough to spread a window of files over the workers, large enough to keep messages few. */
const BATCH = 8;

/** How many parse workers to start: EVIDENCE_PARSE_WORKERS if set (0: parse on the main thread), else one per core, none on one core. */
export function parseWorkerCount(env: NodeJS.ProcessEnv = process.env): number {
  const asked = env.EVIDENCE_PARSE_WORKERS?.trim();
  if (asked && /^\d+$/.test(asked)) return Math.min(Number(asked), 64);
  const cores = availableParallelism();
  return cores > 1 ? cores : 0;
}

export interface ParsePool {
  /** Each text's parse, in order; undefined where a worker failed (the caller parses that text itself). */
  parse(texts: string[]): Promise<(ParsedPieces | undefined)[]>;
  /** Terminates the workers (they must not keep the CLI alive or their heaps stay in the server); pending parses resolve without facts. */
  close(): void;
}

interface Job {
  texts: string[];
  done(pieces: ParsedPieces[] | undefined): void;
}

interface PoolWorker {
  worker: Worker;
  jobs: Map<number, Job>;
  /** Characters queued at this worker: the next batch goes to the least loaded one. */
  queued: number;
}

/** A pool of `size` workers, or undefined if the worker script is not there. */
export function openParsePool(size: number): ParsePool | undefined {
  const script = workerScript();
  return script && size > 0 ? new WorkerParsePool(size, script) : undefined;
}

/** The bundles have dist/parseWorker.js next to them; from sources under tsx (the tests), the worker loads tsx itself. */
function workerScript(): { source: string; eval: boolean } | undefined {
  // A worker inherits `--import tsx` but not the loader hooks it registers, so a .ts entry would not load.
  if (__filename.endsWith('.ts')) return { source: `require('tsx/cjs'); require(${JSON.stringify(join(__dirname, 'parseWorker.ts'))});`, eval: true };
  const file = join(__dirname, 'parseWorker.js');
  return existsSync(file) ? { source: file, eval: false } : undefined;
}

// Every batch is posted at once, to the worker with the least text queued: a
// worker must not wait for the main thread (busy building the models of the
// window before) to hand it its next batch.
class WorkerParsePool implements ParsePool {
  private readonly workers = new Set<PoolWorker>();
  private nextId = 0;

  constructor(size: number, script: { source: string; eval: boolean }) {
    for (let i = 0; i < size; i++) {
      const entry: PoolWorker = { worker: new Worker(script.source, { eval: script.eval }), jobs: new Map(), queued: 0 };
      entry.worker.on('message', (reply: ParseReply) => {
        const job = entry.jobs.get(reply.id);
        if (!job) return;
        entry.jobs.delete(reply.id);
        entry.queued -= length(job.texts);
        job.done('pieces' in reply ? reply.pieces : undefined);
      });
      // A worker that fails (or cannot start) is dropped; its texts are parsed by the caller.
      entry.worker.on('error', () => this.lose(entry));
      entry.worker.on('exit', () => this.lose(entry));
      this.workers.add(entry);
    }
  }

  async parse(texts: string[]): Promise<(ParsedPieces | undefined)[]> {
    const batches: Promise<(ParsedPieces | undefined)[]>[] = [];
    for (let i = 0; i < texts.length; i += BATCH) {
      const slice = texts.slice(i, i + BATCH);
      batches.push(new Promise((resolve) => this.post({ texts: slice, done: (pieces) => resolve(pieces ?? slice.map(() => undefined)) })));
    }
    return (await Promise.all(batches)).flat();
  }

  close(): void {
    for (const entry of [...this.workers]) {
      this.lose(entry);
      void entry.worker.terminate();
    }
  }

  private post(job: Job): void {
    let target: PoolWorker | undefined;
    for (const entry of this.workers) if (!target || entry.queued < target.queued) target = entry;
    if (!target) return job.done(undefined);
    const id = this.nextId++;
    target.jobs.set(id, job);
    target.queued += length(job.texts);
    const request: ParseRequest = { id, texts: job.texts };
    target.worker.postMessage(request);
  }

  private lose(entry: PoolWorker): void {
    if (!this.workers.delete(entry)) return;
    for (const job of entry.jobs.values()) job.done(undefined);
    entry.jobs.clear();
  }
}

function length(texts: string[]): number {
  let n = 0;
  for (const t of texts) n += t.length;
  return n;
}
