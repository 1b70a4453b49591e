/**
 * Publishes one offer on a freshly started development server, through the public API as a recruiter would
 * (sign-up with the demo SIRET, login link from the local mailbox, POST /api/v1/offers), so that the benchmark can
 * load the public offer view. Returns the offer's path.
 */
export async function publishBenchOffer(baseUrl: string): Promise<string> {
  const email = "bench@boulangerie-demo.fr";
  const fixtures = (await (await fetch(`${baseUrl}/dev/fixtures`)).json()) as { companyOpen: string };
  const contact = { firstName: "Banc", lastName: "Essai", phone: "06 12 34 56 78", email };
  await post(baseUrl, "/api/v1/recruiters", { siret: fixtures.companyOpen, ...contact }, 201);
  const token = await loginTokenFor(baseUrl, email);
  const session = (await post(baseUrl, "/api/v1/auth/session", { token }, 200)) as { accessToken: string };
  const offer = {
    romeCode: "D1102",
    contractTypes: ["apprentissage"],
    startDate: nextYear(),
    durationMonths: 24,
    openings: 1,
  };
  const created = (await post(baseUrl, "/api/v1/offers", offer, 201, session.accessToken)) as { id: string };
  return `/api/v1/offers/${created.id}`;
}

async function post(baseUrl: string, path: string, body: unknown, expected: number, token?: string) {
  const response = await fetch(`${baseUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== expected) throw new Error(`POST ${path} → ${response.status} ${text.slice(0, 200)}`);
  return text ? JSON.parse(text) : null;
}

function nextYear(): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString().slice(0, 10);
}

/** The login link of the welcome email: the outbox may hold other emails first (the demo data's), so dispatch until it comes. */
async function loginTokenFor(baseUrl: string, email: string): Promise<string> {
  for (let attempt = 0; attempt < 30; attempt++) {
    await post(baseUrl, "/dev/jobs/outbox:dispatch", undefined, 200);
    const mailbox = (await (await fetch(`${baseUrl}/dev/mailbox?to=${encodeURIComponent(email)}`)).json()) as {
      messages: { links: string[] }[];
    };
    const token = mailbox.messages[0]?.links[0]?.split("/").pop();
    if (token) return token;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no welcome email for ${email} in the dev mailbox`);
}
