using Fulfillment.CommerceOrder.Catalog.GetProducts;
using Fulfillment.ServiceDefaults.Http;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Fulfillment.ServiceDefaults.Security;

namespace Fulfillment.CommerceOrder.Catalog.SaveProduct;

public static class SaveProductEndpoint
{
    /// <summary>Commerce's SKU column is 64 characters long.</summary>
    private const int LongestSku = 64;

    public static RouteGroupBuilder MapSaveProduct(this RouteGroupBuilder group)
    {
        group.MapPut("/{sku}", HandleAsync).RequireAuthorization(Permissions.MaintainCatalog).Validate<SaveProductRequest>();
        return group;
    }

    /// <summary>201 when the product is new, 200 when it existed (changed or not).</summary>
    private static async Task<Results<Created<ProductView>, Ok<ProductView>, ValidationProblem>> HandleAsync(
        string sku, SaveProductRequest request, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(sku) || sku.Trim() != sku || sku.Length > LongestSku)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["sku"] = [$"A SKU is 1 to {LongestSku} characters without leading or trailing spaces."],
            });
        }

        var stream = await session.Events.FetchForWriting<Product>(sku, cancellationToken);
        var events = SaveProductDecider.Decide(stream.Aggregate, new SaveProduct(
            sku, request.Name!, request.Enabled!.Value, request.Quantity!.Value, request.ManageStock!.Value,
            clock.GetUtcNow()));
        var product = events.Aggregate(stream.Aggregate, (current, @event) => current is null
            ? Product.Create((ProductSaved)@event)
            : current.Apply((ProductSaved)@event))!;
        if (events.Count > 0)
        {
            stream.AppendMany(events);
            await session.SaveChangesAsync(cancellationToken);
        }

        var view = ProductView.From(product);
        return stream.Aggregate is null
            ? TypedResults.Created($"/api/catalog/products/{Uri.EscapeDataString(sku)}", view)
            : TypedResults.Ok(view);
    }
}
