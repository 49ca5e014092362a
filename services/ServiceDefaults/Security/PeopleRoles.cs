namespace Fulfillment.ServiceDefaults.Security;

/// <summary>The roles a person's token may carry, and the permissions each grants (docs/security.md).</summary>
public static class PeopleRoles
{
    public const string Viewer = "viewer";
    public const string Operator = "operator";
    public const string Admin = "admin";

    /// <summary>Granted beside <see cref="Viewer"/> to a person who may also read buyer personal data.</summary>
    public const string BuyerData = "buyer-data";

    private static readonly IReadOnlyDictionary<string, string[]> Grants = new Dictionary<string, string[]>
    {
        [Permissions.ReadOrders] = [Viewer, Operator, Admin],
        [Permissions.ReadBuyerData] = [Operator, Admin, BuyerData],
        [Permissions.ActOnOrders] = [Operator, Admin],
        [Permissions.ShipCommerceOrders] = [Operator, Admin],
        [Permissions.MaintainCatalog] = [Admin],
        [Permissions.Administer] = [Admin],
    };

    /// <summary>The roles that grant <paramref name="permission"/>.</summary>
    public static IReadOnlyList<string> Granting(string permission) => Grants[permission];
}
