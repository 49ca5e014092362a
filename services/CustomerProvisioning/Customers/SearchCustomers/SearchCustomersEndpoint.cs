using Fulfillment.CustomerProvisioning.Customers.GetCustomer;
using Fulfillment.ServiceDefaults.Http;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Fulfillment.ServiceDefaults.Security;

namespace Fulfillment.CustomerProvisioning.Customers.SearchCustomers;

public static class SearchCustomersEndpoint
{
    public static RouteGroupBuilder MapSearchCustomers(this RouteGroupBuilder group)
    {
        group.MapPost("/search", HandleAsync).RequireAuthorization(Permissions.ReadBuyerData).Validate<CustomerSearchRequest>();
        return group;
    }

    /// <summary>The customer with that email in the website (case-insensitive, trimmed), or 404.</summary>
    private static async Task<Results<Ok<CustomerView>, ProblemHttpResult>> HandleAsync(
        CustomerSearchRequest request, IQuerySession session, CancellationToken cancellationToken)
    {
        var key = CustomerKey.For(request.WebsiteCode!, request.Email!);
        if (await session.LoadAsync<Customer>(key, cancellationToken) is not { } customer)
        {
            return TypedResults.Problem(
                $"No customer with that email exists in website '{request.WebsiteCode}'.",
                statusCode: StatusCodes.Status404NotFound);
        }

        var personalData = await session.LoadAsync<CustomerPersonalData>(key, cancellationToken);
        return TypedResults.Ok(CustomerView.From(customer, personalData));
    }
}
