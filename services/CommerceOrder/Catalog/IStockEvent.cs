namespace Fulfillment.CommerceOrder.Catalog;

/// <summary>An event of a product's stock: it belongs to the stream of <see cref="Sku"/>.</summary>
public interface IStockEvent
{
    string Sku { get; }
}
