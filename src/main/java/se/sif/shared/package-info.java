/**
 * The shared kernel: money in öre ({@link se.sif.shared.Money}), the domain's errors
 * ({@link se.sif.shared.DomainException}, {@link se.sif.shared.NotFoundException},
 * {@link se.sif.shared.ConcurrentEditException}), registration numbers, the acting user's
 * name and the fund's time zone and clock. Every module may use its API; it depends on no
 * module. It is a declared shared module ({@code @Modulithic(sharedModules = "shared")}),
 * not an open one: its internals stay internal, and the web infrastructure that
 * controllers use is the named interface {@code shared :: web}, which a module declares
 * when it needs it. The embedded database and the demo loader are infrastructure in
 * {@code platform}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package se.sif.shared;
