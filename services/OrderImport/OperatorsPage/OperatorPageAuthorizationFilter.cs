using Fulfillment.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Fulfillment.OrderImport.OperatorsPage;

/// <summary>
/// Every page needs <see cref="Permissions.ReadOrders"/> (the folder's policy); every form post also needs
/// <see cref="Permissions.ActOnOrders"/>. A person without it gets a 403 page, however the post was made.
/// </summary>
public sealed class OperatorPageAuthorizationFilter(IAuthorizationService authorization) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (context.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any()
            || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            await next();
            return;
        }

        var user = context.HttpContext.User;
        if ((await authorization.AuthorizeAsync(user, Permissions.ActOnOrders)).Succeeded)
        {
            await next();
            return;
        }

        context.Result = user.Identity?.IsAuthenticated == true
            ? new PartialViewResult { ViewName = "/OperatorsPage/Shared/_Forbidden.cshtml", StatusCode = StatusCodes.Status403Forbidden }
            : new ChallengeResult();
    }
}
