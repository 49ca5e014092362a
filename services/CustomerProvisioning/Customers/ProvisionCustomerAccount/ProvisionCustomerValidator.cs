using FluentValidation;
using Fulfillment.Contracts.Customers;

namespace Fulfillment.CustomerProvisioning.Customers.ProvisionCustomerAccount;

public sealed class ProvisionCustomerValidator : AbstractValidator<ProvisionCustomer>
{
    public ProvisionCustomerValidator()
    {
        RuleFor(message => message.AmazonOrderId).NotEmpty();
        RuleFor(message => message.WebsiteCode).NotEmpty();
        RuleFor(message => message.CustomerCreation)
            .Must(mode => mode is CustomerCreationModes.Guest or CustomerCreationModes.BuildNewCustomerAccount)
            .WithMessage(
                $"'{{PropertyName}}' must be '{CustomerCreationModes.Guest}' or '{CustomerCreationModes.BuildNewCustomerAccount}'.");
    }
}
