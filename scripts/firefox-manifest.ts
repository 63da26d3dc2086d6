/** Firefox's fixed add-on id: storage and the e2e tests' UUID pinning depend on it staying put. */
export const firefoxAddonId = 'authenticator@sonar-authenticator.example';
