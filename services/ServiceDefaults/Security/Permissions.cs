namespace Fulfillment.ServiceDefaults.Security;

/// <summary>
/// What a caller may do (SPEC §12, docs/security.md). Each permission is an authorization policy of the same name,
/// granted to a person by a role and to a machine by the scope of the same name.
/// </summary>
public static class Permissions
{
    /// <summary>Read orders, timelines, stores, shipments, confirmations, Commerce orders and error lists, without buyer personal data.</summary>
    public const string ReadOrders = "orders.read";

    /// <summary>Read buyer personal data: names, emails, phones, addresses, customers.</summary>
    public const string ReadBuyerData = "orders.buyer";

    /// <summary>Act on orders: retry, cancel, re-drive or discard an error, change store settings, request a backfill.</summary>
    public const string ActOnOrders = "orders.act";

    /// <summary>Ship a Commerce order: the hand-back of the ERP or WMS.</summary>
    public const string ShipCommerceOrders = "commerce.ship";

    /// <summary>Create and change catalog products.</summary>
    public const string MaintainCatalog = "commerce.catalog";

    /// <summary>Connect stores, replay, rebuild, re-publish, rewind, import a snapshot by hand, erase.</summary>
    public const string Administer = "fulfillment.admin";

    public static IReadOnlyList<string> All { get; } =
        [ReadOrders, ReadBuyerData, ActOnOrders, ShipCommerceOrders, MaintainCatalog, Administer];
}
