using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Fulfillment.ServiceDefaults.Security;

/// <summary>
/// Authenticates a request by the key in <see cref="OperatorRoles.KeyHeader"/>, <c>Authorization: Bearer</c> or the
/// page's cookie, compared in constant time. Keys are never logged. A missing or wrong key is a 401 ProblemDetails
/// that says how to send one; a viewer asking to act is a 403.
/// </summary>
public sealed class OperatorKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IOptionsMonitor<OperatorKeyOptions> keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "OperatorKey";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = PresentedKey();
        if (presented is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var role = Matches(presented, keys.CurrentValue.OperatorKey) ? OperatorRoles.Operator
            : Matches(presented, keys.CurrentValue.ViewerKey) ? OperatorRoles.Viewer
            : null;
        if (role is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("The operator key is not valid."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, role), new Claim(ClaimTypes.Role, role)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status401Unauthorized, "Operator key required",
            $"Send an operator or viewer key in the {OperatorRoles.KeyHeader} header (or Authorization: Bearer).");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, "Operator role required",
            "This key may read but not act: an operator key is needed.");

    private string? PresentedKey()
    {
        if (Request.Headers[OperatorRoles.KeyHeader].ToString() is { Length: > 0 } header)
        {
            return header;
        }

        var authorization = Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim();
        }

        return Request.Cookies.TryGetValue(OperatorRoles.KeyCookie, out var cookie) && cookie.Length > 0 ? cookie : null;
    }

    private static bool Matches(string presented, string? configured) =>
        !string.IsNullOrEmpty(configured)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(configured));

    private Task WriteProblemAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        return Response.WriteAsJsonAsync(
            new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title, Detail = detail },
            options: (System.Text.Json.JsonSerializerOptions?)null, contentType: "application/problem+json");
    }
}
