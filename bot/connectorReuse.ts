/**
 * botbuilder's CloudAdapter builds a new ConnectorClient and a new UserTokenClient for every activity, each an
 * HTTP pipeline of a dozen policies; building them costs more than most of Kollega's turns. Neither keeps
 * per-turn state (the SDK caches tokens per app id and scope), so one of each per app id, service URL and
 * audience serves every turn, as botbuilder's older BotFrameworkAdapter did with its connector clients.
 */
import {
  AuthenticationConstants,
  BotFrameworkAuthentication,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';
import { BoundedMap } from '../shared/collections/boundedMap';

/** Service URLs are few (one per Teams region); the bound only matters against a flood of forged ones. */
const maxClients = 200;

/** The bot's app id as the SDK reads it from a turn's claims (audience from a channel, appid from an emulator). */
function appIdOf(identity: ClaimsIdentity): string {
  return (
    identity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? identity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? ''
  );
}

export class ReusingBotFrameworkAuthentication extends BotFrameworkAuthentication {
  private readonly connectors = new BoundedMap<string, Promise<ConnectorClient>>(maxClients);
  private readonly userTokenClients = new BoundedMap<string, Promise<UserTokenClient>>(maxClients);

  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.reusing(await this.inner.authenticateRequest(activity, authHeader));
  }

  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.reusing(await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusingFactory(appIdOf(claimsIdentity), this.inner.createConnectorFactory(claimsIdentity));
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const appId = appIdOf(claimsIdentity);
    return this.remembered(this.userTokenClients, appId, () => this.inner.createUserTokenClient(claimsIdentity));
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private reusing(result: AuthenticateRequestResult): AuthenticateRequestResult {
    const factory = result.connectorFactory;
    return factory ? { ...result, connectorFactory: this.reusingFactory(appIdOf(result.claimsIdentity), factory) } : result;
  }

  private reusingFactory(appId: string, inner: ConnectorFactory): ConnectorFactory {
    return new ReusingConnectorFactory((serviceUrl, audience) =>
      this.remembered(this.connectors, `${appId}|${serviceUrl}|${audience ?? ''}`, () => inner.create(serviceUrl, audience)),
    );
  }

  /** A client that failed to build is not kept, so the next turn tries again. */
  private remembered<V>(cache: BoundedMap<string, Promise<V>>, key: string, make: () => Promise<V>): Promise<V> {
    const client = cache.getOrAdd(key, make);
    client.catch(() => cache.delete(key));
    return client;
  }
}

class ReusingConnectorFactory extends ConnectorFactory {
  constructor(private readonly get: (serviceUrl: string, audience?: string) => Promise<ConnectorClient>) {
    super();
  }

  override create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.get(serviceUrl, audience);
  }
}
