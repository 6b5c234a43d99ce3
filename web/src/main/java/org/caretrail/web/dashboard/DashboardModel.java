package org.caretrail.web.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.caretrail.web.security.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every dashboard page shows around its content: who is signed in, the pages they may read, the idle timeout. */
@ControllerAdvice(basePackageClasses = DashboardModel.class)
class DashboardModel {

    private final DashboardProperties properties;

    DashboardModel(DashboardProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute
    void frame(Model model, HttpServletRequest request) {
        Set<Role> roles = roles();
        model.addAttribute("navigation", Page.readableBy(roles));
        model.addAttribute("roles", roles.stream().map(Role::name).toList());
        model.addAttribute("idleSeconds", properties.idleTimeout().toSeconds());
        model.addAttribute("currentPath", request.getRequestURI());
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        model.addAttribute("user", caller == null || caller instanceof AnonymousAuthenticationToken ? null
                : caller.getName());
    }

    static Set<Role> roles() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (caller != null) {
            caller.getAuthorities().forEach(authority -> Arrays.stream(Role.values())
                    .filter(role -> role.authority().getAuthority().equals(authority.getAuthority()))
                    .forEach(roles::add));
        }
        return roles;
    }

    static boolean holds(Role role) {
        return roles().contains(role);
    }
}
