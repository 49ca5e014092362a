using Fulfillment.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;

namespace Fulfillment.OrderImport.OperatorsPage.SignIn;

/// <summary>
/// What the signed-in person may do, for the page to offer only that: asked of the same permission policies the
/// services enforce (never of role names), so the page and the services cannot disagree.
/// </summary>
public sealed class PagePermissions(IHttpContextAccessor httpContext, IAuthorizationService authorization)
{
    private readonly Dictionary<string, bool> _held = [];

    /// <summary>Who is signed in, as the page's header names them.</summary>
    public string? PersonName => httpContext.HttpContext?.User is { Identity.IsAuthenticated: true } user
        ? user.Identity?.Name ?? user.FindFirst("preferred_username")?.Value ?? user.FindFirst(CallerClaims.Subject)?.Value
        : null;

    public async Task<bool> HoldsAsync(string permission)
    {
        if (!_held.TryGetValue(permission, out var held))
        {
            var user = httpContext.HttpContext?.User;
            held = user is not null && (await authorization.AuthorizeAsync(user, permission)).Succeeded;
            _held[permission] = held;
        }

        return held;
    }

    public Task<bool> CanActAsync() => HoldsAsync(Permissions.ActOnOrders);

    public Task<bool> CanShipAsync() => HoldsAsync(Permissions.ShipCommerceOrders);

    public Task<bool> CanReadBuyerDataAsync() => HoldsAsync(Permissions.ReadBuyerData);
}
