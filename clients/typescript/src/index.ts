// The PartnerDesk public API for TypeScript: the types openapi-typescript generates from the committed documents
// (npm run generate), used through openapi-fetch, with what every integration needs around them.
import createClient, { type Client, type Middleware } from "openapi-fetch";

import type { components as SubscriptionsComponents, paths as SubscriptionsPaths } from "./generated/subscriptions.js";
import type { paths as SupportPaths } from "./generated/support.js";
import type { paths as MessageCenterPaths } from "./generated/messagecenter.js";

export type { SubscriptionsPaths, SupportPaths, MessageCenterPaths };

/** The RFC 9457 problem every error answers with (application/problem+json). */
export type Problem = SubscriptionsComponents["schemas"]["Problem"];

/** Where access tokens come from; called before every request, so it may cache and renew. */
export type TokenSource = () => Promise<string>;

/**
 * OAuth 2.0 client credentials for a partner integration: one token reused until 30 s before it expires.
 * `tokenEndpoint` is the realm's `.../protocol/openid-connect/token`.
 */
export function clientCredentials(tokenEndpoint: string, clientId: string, clientSecret: string): TokenSource {
  let token: string | undefined;
  let renewAt = 0;
  return async () => {
    if (token === undefined || Date.now() >= renewAt) {
      const answer = await fetch(tokenEndpoint, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret }),
      });
      if (!answer.ok) {
        throw new Error(`token endpoint answered ${answer.status}: ${await answer.text()}`);
      }
      const body = (await answer.json()) as { access_token?: string; expires_in?: number };
      if (!body.access_token) {
        throw new Error("token endpoint answered without an access_token");
      }
      token = body.access_token;
      renewAt = Date.now() + ((body.expires_in ?? 60) - 30) * 1000;
    }
    return token;
  };
}

function bearer(tokens: TokenSource): Middleware {
  return {
    async onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${await tokens()}`);
      return request;
    },
  };
}

/**
 * Sends a request again on 429 (the gateway's rate limit) and 503 (circuit open, database away), after Retry-After
 * seconds: both mean the request was not carried out. 502/504 are not retried: the change may have been applied.
 */
export async function retryingFetch(request: Request, maxAttempts = 3, maxWaitSeconds = 30): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(request.clone());
    if ((response.status !== 429 && response.status !== 503) || attempt >= maxAttempts) {
      return response;
    }
    const retryAfter = Number(response.headers.get("Retry-After") ?? 2 ** (attempt - 1));
    if (!Number.isFinite(retryAfter) || retryAfter < 0 || retryAfter > maxWaitSeconds) {
      return response;
    }
    await response.body?.cancel();
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
  }
}

export interface PartnerDesk {
  subscriptions: Client<SubscriptionsPaths>;
  support: Client<SupportPaths>;
  messageCenter: Client<MessageCenterPaths>;
}

/** One client per public document, all through the gateway at `gateway`, authenticated by `tokens`. */
export function partnerDesk(gateway: string, tokens: TokenSource): PartnerDesk {
  const options = { baseUrl: gateway.replace(/\/+$/, ""), fetch: (request: Request) => retryingFetch(request) };
  const subscriptions = createClient<SubscriptionsPaths>(options);
  const support = createClient<SupportPaths>(options);
  const messageCenter = createClient<MessageCenterPaths>(options);
  for (const client of [subscriptions, support, messageCenter] as Client<object>[]) {
    client.use(bearer(tokens));
  }
  return { subscriptions, support, messageCenter };
}
