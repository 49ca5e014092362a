namespace Fulfillment.CommerceOrder.Catalog.SaveProduct;

public sealed record SaveProduct(string Sku, string Name, bool Enabled, int Quantity, bool ManageStock, DateTimeOffset Now);

public static class SaveProductDecider
{
    /// <summary>Saving what the catalog already holds records nothing, so a repeated PUT is harmless.</summary>
    public static IReadOnlyList<object> Decide(Product? product, SaveProduct command)
    {
        var unchanged = product is not null
            && product.Name == command.Name
            && product.Enabled == command.Enabled
            && product.Quantity == command.Quantity
            && product.ManageStock == command.ManageStock;
        return unchanged
            ? []
            : [new ProductSaved(
                command.Sku, command.Name, command.Enabled, command.Quantity, command.ManageStock, command.Now)];
    }
}
