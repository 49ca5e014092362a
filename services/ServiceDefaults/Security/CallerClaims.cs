using System.Security.Claims;

namespace Fulfillment.ServiceDefaults.Security;

/// <summary>
/// Reads who a caller is from a validated access token: a person (signed in through a client such as the operators'
/// page) or a machine (client credentials, whose subject is its own client id).
/// </summary>
public static class CallerClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string ClientId = "client_id";
    public const string Scope = "scope";

    /// <summary>
    /// The caller as the audit records it: <c>person:&lt;name&gt;</c> or <c>machine:&lt;client id&gt;</c>, or null for an
    /// anonymous caller. Never the token.
    /// </summary>
    public static string? Describe(ClaimsPrincipal? caller)
    {
        if (caller?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var subject = caller.FindFirstValue(Subject);
        return IsMachine(caller)
            ? $"machine:{ClientIdOf(caller) ?? subject ?? "unknown"}"
            : $"person:{caller.FindFirstValue(Name) ?? caller.FindFirstValue("preferred_username") ?? subject}";
    }

    /// <summary>
    /// True for a signed-in machine: a token got by client credentials, whose subject is the client itself (or which
    /// names no subject).
    /// </summary>
    public static bool IsMachine(ClaimsPrincipal caller)
    {
        var subject = caller.FindFirstValue(Subject);
        return caller.Identity?.IsAuthenticated == true && (subject is null || subject == ClientIdOf(caller));
    }

    private static string? ClientIdOf(ClaimsPrincipal caller) => caller.FindFirstValue(ClientId) ?? caller.FindFirstValue("azp");

    /// <summary>
    /// Who asked for something, as a request records it: the signed-in caller (X4), followed by the name the caller's
    /// tool gives when it acts for someone else, never replaced by it.
    /// </summary>
    public static string? Requester(ClaimsPrincipal? caller, string? onBehalfOf) =>
        Describe(caller) is { } actor ? onBehalfOf is null ? actor : $"{actor} for {onBehalfOf}" : onBehalfOf;

    /// <summary>The scopes of a token: one space-separated <c>scope</c> claim, or several (<c>scope</c> or <c>scp</c>).</summary>
    public static IEnumerable<string> Scopes(ClaimsPrincipal caller) =>
        caller.FindAll(claim => claim.Type is Scope or "scp")
            .SelectMany(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
