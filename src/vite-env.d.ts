/// <reference types="vite/client" />
/// <reference types="msw/vite/client" />

/** True where the mock PBM is part of the bundle (dev server, demo build). */
declare const __BUNDLE_MOCK__: boolean;
