using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Fulfillment.ServiceDefaults.Security;

namespace Fulfillment.CommerceOrder.Catalog.GetProducts;

public static class GetProductsEndpoints
{
    private const int LargestPage = 500;

    public static RouteGroupBuilder MapGetProducts(this RouteGroupBuilder group)
    {
        group.MapGet("/{sku}", GetOneAsync).RequireAuthorization(Permissions.ReadOrders);
        group.MapGet("/", ListAsync).RequireAuthorization(Permissions.ReadOrders);
        return group;
    }

    private static async Task<Results<Ok<ProductView>, ProblemHttpResult>> GetOneAsync(
        string sku, IQuerySession session, CancellationToken cancellationToken) =>
        await session.LoadAsync<Product>(sku, cancellationToken) is { } product
            ? TypedResults.Ok(ProductView.From(product))
            : TypedResults.Problem($"No product with SKU '{sku}' exists.", statusCode: StatusCodes.Status404NotFound);

    /// <summary>Products in SKU order, a page at a time: <c>?offset=0&amp;limit=100</c>.</summary>
    private static async Task<Results<Ok<IReadOnlyList<ProductView>>, ValidationProblem>> ListAsync(
        IQuerySession session, CancellationToken cancellationToken, int offset = 0, int limit = 100)
    {
        if (limit is < 1 or > LargestPage || offset < 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [offset < 0 ? "offset" : "limit"] =
                    [offset < 0 ? "offset is 0 or more." : $"limit is between 1 and {LargestPage}."],
            });
        }

        var products = await session.Query<Product>()
            .OrderBy(product => product.Id)
            .Skip(offset)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ProductView>>([.. products.Select(ProductView.From)]);
    }
}
