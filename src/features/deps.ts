// Features take their services through this one type; it lives in services/ so that the helpers there can use it too.
export type { FeatureDeps } from '../services/deps';
