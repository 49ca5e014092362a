using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Fulfillment.ServiceDefaults.Security;

namespace Fulfillment.CustomerProvisioning.Customers.GetCustomer;

public static class GetCustomerEndpoint
{
    public static RouteGroupBuilder MapGetCustomer(this RouteGroupBuilder group)
    {
        group.MapGet("/{customerId}", HandleAsync).RequireAuthorization(Permissions.ReadBuyerData);
        return group;
    }

    private static async Task<Results<Ok<CustomerView>, ProblemHttpResult>> HandleAsync(
        string customerId, IQuerySession session, CancellationToken cancellationToken)
    {
        var customer = await session.Query<Customer>()
            .FirstOrDefaultAsync(candidate => candidate.CustomerId == customerId, cancellationToken);
        if (customer is null)
        {
            return TypedResults.Problem($"No customer '{customerId}' exists.", statusCode: StatusCodes.Status404NotFound);
        }

        var personalData = await session.LoadAsync<CustomerPersonalData>(customer.Id, cancellationToken);
        return TypedResults.Ok(CustomerView.From(customer, personalData));
    }
}
