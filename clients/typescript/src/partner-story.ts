// A partner integration's everyday story, run by .ci/run against the real stack (Keycloak, gateway, services):
// the partner reads a customer's subscription and changes it with its ETag; the customer may read it but is refused
// the change with a 403 problem whose detail says why. Any surprise ends the run with a non-zero exit code.
//
// Environment (defaults: ./run-local.sh's ports): PARTNERDESK_GATEWAY, PARTNERDESK_ISSUER.
import { randomUUID } from "node:crypto";

import { clientCredentials, partnerDesk, type Problem, type TokenSource } from "./index.js";

const gateway = process.env.PARTNERDESK_GATEWAY ?? "http://localhost:8080";
const issuer = process.env.PARTNERDESK_ISSUER ?? "http://localhost:8180/realms/partnerdesk";
const tokenEndpoint = `${issuer}/protocol/openid-connect/token`;

/** A fixture user's token (password = user name) through the public CLI client, as a customer's portal gets one. */
function userTokens(username: string): TokenSource {
  return async () => {
    const answer = await fetch(tokenEndpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "password", client_id: "partnerdesk-cli", username, password: username }),
    });
    if (!answer.ok) {
      throw new Error(`no token for ${username}: ${answer.status}`);
    }
    return ((await answer.json()) as { access_token: string }).access_token;
  };
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) {
    throw new Error(message);
  }
}

function step(message: string): void {
  console.log(`[partner-story] ${message}`);
}

const partner = partnerDesk(gateway, clientCredentials(tokenEndpoint, "contoso-integration", "contoso-integration-secret"));
const customer = partnerDesk(gateway, userTokens("tailspin-admin"));

// The customer sees only itself among customers: that is the customer the partner works for here.
const self = await customer.subscriptions.GET("/api/v1/customers", { params: { query: { limit: 1 } } });
const customerId = self.data?.items?.[0]?.id;
check(customerId !== undefined, `the customer could not read itself: ${self.response.status}`);
step(`customer ${customerId}`);

let list = await partner.subscriptions.GET("/api/v1/customers/{customerId}/subscriptions", {
  params: { path: { customerId }, query: { status: "active", limit: 1 } },
});
check(list.data !== undefined, `the partner could not list the subscriptions: ${list.response.status}`);
let subscriptionId = list.data.items?.[0]?.id;
if (subscriptionId === undefined) {
  const offers = await partner.subscriptions.GET("/api/v1/offers", { params: { query: { limit: 1 } } });
  const offer = offers.data?.items?.[0];
  check(offer?.id !== undefined, `no offer to subscribe to: ${offers.response.status}`);
  const created = await partner.subscriptions.POST("/api/v1/customers/{customerId}/subscriptions", {
    params: { path: { customerId }, header: { "Idempotency-Key": randomUUID() } },
    body: {
      offerId: offer.id,
      quantity: 1,
      billingCycle: offer.billingCycles?.[0] ?? "monthly",
      autoRenewEnabled: false,
      friendlyName: "TypeScript client story",
    },
  });
  check(created.response.status === 201, `the partner could not subscribe: ${created.error?.detail}`);
  subscriptionId = created.data?.id;
  step(`subscription ${subscriptionId} created`);
}
check(subscriptionId !== undefined, "no subscription to work with");
const path = { customerId, subscriptionId };

// The partner reads it with its ETag and changes it with If-Match.
const read = await partner.subscriptions.GET("/api/v1/customers/{customerId}/subscriptions/{subscriptionId}", {
  params: { path },
});
const etag = read.response.headers.get("ETag");
check(read.data !== undefined && etag !== null, `the partner read no subscription/ETag: ${read.response.status}`);
const quantity = read.data.quantity ?? 1;
const changed = await partner.subscriptions.PATCH("/api/v1/customers/{customerId}/subscriptions/{subscriptionId}", {
  params: { path, header: { "If-Match": etag } },
  body: { quantity: quantity + 1 },
});
check(changed.data?.quantity === quantity + 1, `the PATCH did not apply: ${changed.response.status} ${changed.error?.detail}`);
const newEtag = changed.response.headers.get("ETag");
check(newEtag !== null && newEtag !== etag, "the change answered no new ETag");
step(`partner changed quantity ${quantity} -> ${changed.data.quantity} (ETag ${etag} -> ${newEtag})`);

// The same ETag again is stale: 412, with a problem.
const stale = await partner.subscriptions.PATCH("/api/v1/customers/{customerId}/subscriptions/{subscriptionId}", {
  params: { path, header: { "If-Match": etag } },
  body: { quantity: quantity + 2 },
});
check(stale.response.status === 412, `a stale ETag answered ${stale.response.status}`);
step(`a stale ETag: 412 "${stale.error?.title}"`);

// The customer reads its subscription, and is refused the change: customers never change subscriptions.
const own = await customer.subscriptions.GET("/api/v1/customers/{customerId}/subscriptions/{subscriptionId}", {
  params: { path },
});
const ownEtag = own.response.headers.get("ETag");
check(own.data?.id === subscriptionId && ownEtag !== null, `the customer could not read it: ${own.response.status}`);
const refused = await customer.subscriptions.PATCH("/api/v1/customers/{customerId}/subscriptions/{subscriptionId}", {
  params: { path, header: { "If-Match": ownEtag } },
  body: { quantity: 1 },
});
const problem: Problem | undefined = refused.error;
check(refused.response.status === 403, `the customer's change answered ${refused.response.status}`);
check(refused.response.headers.get("Content-Type")?.startsWith("application/problem+json") === true, "403 is not a problem");
check(typeof problem?.detail === "string" && problem.detail.length > 0, "the 403 problem has no detail");
step(`customer refused: 403 "${problem.detail}" (request ${problem.requestId})`);
step("done");
