/** Kept equal to package.json's version (a test checks), so portals can tell our releases apart. */
export const BOT_VERSION = '0.1.0';
export const USER_AGENT = `civic-data-bot/${BOT_VERSION} (open-data helper chatbot)`;
