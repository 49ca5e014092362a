using FluentValidation;

namespace Fulfillment.CustomerProvisioning.Customers.SearchCustomers;

/// <summary>A lookup by email, sent as a body so that the email never appears in a URL or an access log.</summary>
public sealed record CustomerSearchRequest(string? WebsiteCode, string? Email);

public sealed class CustomerSearchRequestValidator : AbstractValidator<CustomerSearchRequest>
{
    public CustomerSearchRequestValidator()
    {
        RuleFor(request => request.WebsiteCode).NotEmpty();
        RuleFor(request => request.Email).NotEmpty();
    }
}
