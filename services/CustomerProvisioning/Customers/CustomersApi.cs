using Fulfillment.CustomerProvisioning.Customers.GetCustomer;
using Fulfillment.CustomerProvisioning.Customers.SearchCustomers;

namespace Fulfillment.CustomerProvisioning.Customers;

public static class CustomersApi
{
    public static WebApplication MapCustomersApi(this WebApplication app)
    {
        app.MapGroup("/api/customers")
            .WithTags("Customers")
            .MapGetCustomer()
            .MapSearchCustomers();
        return app;
    }
}
