namespace Fulfillment.CommerceOrder.CommerceOrders;

/// <summary>The values of the store settings (SPEC §5) as OrderImport's contracts spell them.</summary>
public static class StoreSettingValues
{
    /// <summary>S5 Pending Orders: reserve the ordered quantity while Amazon verifies the order.</summary>
    public const string ReserveQuantity = "ReserveQuantity";

    /// <summary>S4 Order Number Source: the Amazon order id is the Commerce order number.</summary>
    public const string AmazonOrderNumber = "AmazonOrderNumber";
}
