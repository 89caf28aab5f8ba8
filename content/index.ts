export * from './types';
export * from './leader-wellbeing';
export * from './questionnaires';
