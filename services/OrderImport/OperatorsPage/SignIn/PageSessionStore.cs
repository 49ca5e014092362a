using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;

namespace Fulfillment.OrderImport.OperatorsPage.SignIn;

/// <summary>
/// Keeps the page's authentication tickets in OrderImport's database (<see cref="PageSession"/>), so that the cookie
/// holds no token, a session survives a restart and every replica knows it, and signing out really ends it.
/// </summary>
public sealed class PageSessionStore(IDocumentStore store, IDataProtectionProvider dataProtection, TimeProvider time) : ITicketStore
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector("OperatorsPage.Sessions");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var id = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await using var session = store.LightweightSession();
        // Sessions nobody signed out of are removed once expired, whenever someone signs in.
        var now = time.GetUtcNow();
        session.DeleteWhere<PageSession>(expired => expired.ExpiresAt < now);
        session.Store(ToSession(id, ticket));
        await session.SaveChangesAsync();
        return id;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        await using var session = store.LightweightSession();
        session.Store(ToSession(key, ticket));
        await session.SaveChangesAsync();
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var session = store.QuerySession();
        var stored = await session.LoadAsync<PageSession>(key);
        if (stored is null || stored.ExpiresAt <= time.GetUtcNow())
        {
            return null;
        }

        return TicketSerializer.Default.Deserialize(_protector.Unprotect(stored.ProtectedTicket));
    }

    public async Task RemoveAsync(string key)
    {
        await using var session = store.LightweightSession();
        session.Delete<PageSession>(key);
        await session.SaveChangesAsync();
    }

    private PageSession ToSession(string id, AuthenticationTicket ticket) => new()
    {
        Id = id,
        ProtectedTicket = _protector.Protect(TicketSerializer.Default.Serialize(ticket)),
        ExpiresAt = ticket.Properties.ExpiresUtc ?? time.GetUtcNow(),
    };
}
