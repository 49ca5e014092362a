namespace Fulfillment.CommerceOrder.Catalog;

/// <summary>
/// A Commerce product and its stock: one stream per SKU. <see cref="Reservations"/> maps an Amazon order id to the
/// units held for it; they are not salable to anyone else.
/// </summary>
public sealed partial record Product(
    string Id,
    string Name,
    bool Enabled,
    int Quantity,
    bool ManageStock,
    IReadOnlyDictionary<string, int> Reservations)
{
    public int Reserved => Reservations.Values.Sum();

    /// <summary>What a new order could still get: the quantity less every hold.</summary>
    public int Salable => Quantity - Reserved;

    public int ReservedFor(string amazonOrderId) => Reservations.GetValueOrDefault(amazonOrderId);

    /// <summary>What <paramref name="amazonOrderId"/> may take: the salable units plus its own hold.</summary>
    public int AvailableTo(string amazonOrderId) => Salable + ReservedFor(amazonOrderId);

    public static Product Create(ProductSaved saved) => new(
        saved.Sku, saved.Name, saved.Enabled, saved.Quantity, saved.ManageStock, new Dictionary<string, int>());

    public Product Apply(ProductSaved saved) => this with
    {
        Name = saved.Name, Enabled = saved.Enabled, Quantity = saved.Quantity, ManageStock = saved.ManageStock,
    };

    public Product Apply(StockReserved reserved) =>
        this with { Reservations = WithHold(reserved.AmazonOrderId, reserved.Quantity) };

    public Product Apply(StockReservationReleased released) =>
        this with { Reservations = WithHold(released.AmazonOrderId, 0) };

    public Product Apply(StockDeducted deducted) => this with
    {
        Quantity = Quantity - deducted.Quantity,
        Reservations = WithHold(deducted.AmazonOrderId, 0),
    };

    public Product Apply(StockReturned returned) => this with { Quantity = Quantity + returned.Quantity };

    private Dictionary<string, int> WithHold(string amazonOrderId, int quantity)
    {
        var reservations = new Dictionary<string, int>(Reservations);
        if (quantity > 0)
        {
            reservations[amazonOrderId] = quantity;
        }
        else
        {
            reservations.Remove(amazonOrderId);
        }

        return reservations;
    }
}
