using System.Text.Json.Serialization;
using FluentValidation;
using JasperFx;
using JasperFx.Events;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Fulfillment.ServiceDefaults.Http;

public static class ProblemDetailsRegistration
{
    public static IHostApplicationBuilder AddFulfillmentProblemDetails(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<JsonBodyExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return builder;
    }

    /// <summary>
    /// Every error leaves as ProblemDetails: a malformed body is a 400 naming the reason, a broken business rule
    /// (<see cref="ValidationException"/> from a decider) a 400 naming the field, a write that lost a race with another
    /// write to the same stream a 409 (send it again), anything else a 500 without details.
    /// </summary>
    public static WebApplication UseFulfillmentProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception switch
            {
                BadHttpRequestException badRequest => badRequest.StatusCode,
                ValidationException => StatusCodes.Status400BadRequest,
                ConcurrencyException or EventStreamUnexpectedMaxEventIdException => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        app.UseStatusCodePages();
        return app;
    }
}
