using Fulfillment.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Fulfillment.OrderImport.OperatorsPage;

/// <summary>
/// Every page needs a key that may read; every form post needs one that may act. Without a key the answer is a
/// 401 page asking for one (not the APIs' JSON ProblemDetails), and a viewer posting gets a 403 page.
/// </summary>
public sealed class OperatorPageAuthorizationFilter(IAuthorizationService authorization) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
        {
            await next();
            return;
        }

        var policy = HttpMethods.IsGet(context.HttpContext.Request.Method) || HttpMethods.IsHead(context.HttpContext.Request.Method)
            ? Permissions.ReadOrders
            : Permissions.ActOnOrders;
        var user = context.HttpContext.User;
        if ((await authorization.AuthorizeAsync(user, policy)).Succeeded)
        {
            await next();
            return;
        }

        var signedIn = user.Identity?.IsAuthenticated == true;
        context.Result = new PartialViewResult
        {
            ViewName = signedIn ? "/OperatorsPage/Shared/_Forbidden.cshtml" : "/OperatorsPage/Shared/_KeyRequired.cshtml",
            StatusCode = signedIn ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized,
        };
    }
}
