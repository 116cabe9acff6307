/**
 * The public lists the coverage snapshot reads, and how each is read. Add a list here and run
 * `npm run snapshot:lists` again; the snapshot records which lists it read and as of when.
 */
import { landscapeEntries, markdownListEntries, type ListEntry } from './parse.ts';

export interface ListSource {
  readonly id: string;
  readonly name: string;
  readonly repository: string;
  /** The file of the repository that holds the list. */
  readonly file: string;
  readonly read: (text: string) => ListEntry[];
}

/** The CNCF landscape's AI-native categories (the rest of the landscape is general cloud native). */
export const CNCF_AI_CATEGORIES = ['AI Agent', 'Inference', 'Data', 'Training', 'AI Native Infra'];

export const LIST_SOURCES: readonly ListSource[] = [
  {
    id: 'ethicalml',
    name: 'Awesome Production Machine Learning (EthicalML)',
    repository: 'https://github.com/EthicalML/awesome-production-machine-learning',
    file: 'README.md',
    read: markdownListEntries,
  },
  {
    id: 'kelvins',
    name: 'Awesome MLOps (kelvins)',
    repository: 'https://github.com/kelvins/awesome-mlops',
    file: 'README.md',
    read: markdownListEntries,
  },
  {
    id: 'tensorchord',
    name: 'Awesome LLMOps (TensorChord)',
    repository: 'https://github.com/tensorchord/Awesome-LLMOps',
    file: 'README.md',
    read: markdownListEntries,
  },
  {
    id: 'cncf-ai',
    name: 'CNCF landscape (AI-native categories)',
    repository: 'https://github.com/cncf/landscape',
    file: 'landscape.yml',
    read: (text) => landscapeEntries(text, CNCF_AI_CATEGORIES),
  },
  {
    id: 'lfai',
    name: 'LF AI & Data landscape',
    repository: 'https://github.com/lfai/lfai-landscape',
    file: 'landscape.yml',
    read: (text) => landscapeEntries(text),
  },
];
