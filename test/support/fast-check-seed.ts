// Property tests explore the same cases on every CI run, so a run can never fail by chance; set FC_SEED to
// explore others (a failing seed is printed by fast-check and can be replayed the same way).
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261129) });
