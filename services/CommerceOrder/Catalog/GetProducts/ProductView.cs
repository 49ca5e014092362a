namespace Fulfillment.CommerceOrder.Catalog.GetProducts;

/// <summary>A product and its stock as the catalog API shows it.</summary>
/// <param name="Reservations">Units held per Amazon order (S5, or waiting for the order's customer).</param>
public sealed record ProductView(
    string Sku,
    string Name,
    bool Enabled,
    bool ManageStock,
    int Quantity,
    int Reserved,
    int Salable,
    IReadOnlyDictionary<string, int> Reservations)
{
    public static ProductView From(Product product) => new(
        product.Id, product.Name, product.Enabled, product.ManageStock, product.Quantity, product.Reserved,
        product.Salable, product.Reservations);
}
